/**
 * Work the company offers alumni (rehire openings, side jobs and contract work, business
 * collaboration), the one-click interest and HR's pipeline behind it, the rehire-eligibility
 * decision tied to the person's exit, and referrals of candidates by alumni.
 */
package jp.kizuna.alumni.opportunity;
