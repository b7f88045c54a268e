/**
 * Screens of the alumni network: the leaver's invitation and consent page (/me), the alumni
 * portal (/portal: profile, directory, opportunities, events, news, referrals) and HR's network
 * administration (/network: engagement dashboard, members, opportunity pipeline, outreach).
 */
package jp.kizuna.alumni.web.network;
