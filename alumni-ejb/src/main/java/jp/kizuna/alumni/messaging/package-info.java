/**
 * Messages (メッセージ): threads between an alumnus and HR, or a department pilot network's
 * administrators, and, when both members opted in, between two members. New messages are mailed
 * (without their text when the recipient chose so), each side sees its unread count, HR assigns and
 * closes threads, a member can block another. Messages are personal data: in the subject access
 * report, erased with the member and swept after the retention period.
 */
package jp.kizuna.alumni.messaging;
