/**
 * The corporate alumni network: the invitation at resignation, membership from the last day on
 * (the same {@link jp.kizuna.alumni.identity.Employee} record, status LEFT, plus its
 * {@link jp.kizuna.alumni.network.AlumnusProfile}), profiles and what each alumnus shows, the
 * directory, department pilot networks and their merger into the company-wide network,
 * ambassadors, news, mailings to consenting segments and HR's engagement figures.
 */
package jp.kizuna.alumni.network;
