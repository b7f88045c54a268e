/**
 * Casual consultations (カジュアル面談): an alumnus asks for a conversation about returning, a side
 * job, a collaboration or anything else, with HR or their former department; HR offers time slots,
 * the alumnus picks one and both receive a calendar invite. Either side may cancel or ask for
 * another time; HR sees every request in its pipeline and in the person's history.
 */
package jp.kizuna.alumni.consultation;
