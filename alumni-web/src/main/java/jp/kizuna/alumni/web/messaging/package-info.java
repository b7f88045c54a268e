/** Screens of messages: the member's threads and choices on the portal, the staff inbox of HR and network administrators. */
package jp.kizuna.alumni.web.messaging;
