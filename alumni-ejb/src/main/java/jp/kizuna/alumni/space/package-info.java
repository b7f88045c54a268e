/**
 * Spaces (コミュニティ): where members and HR talk in the open. Each network (the company-wide one
 * and each department pilot) has its space, and HR opens topic spaces inside a network; members and
 * staff start threads and reply. Only the network's members, HR and the network's administrators
 * read a space. The network's administrators moderate (hide a post with a reason, settle members'
 * reports, ban a member from a space), every step audited. Members who want it get a daily or weekly
 * mail digest. Posts are personal data: in the subject access report, erased with the member and
 * swept with the message retention period.
 */
package jp.kizuna.alumni.space;
