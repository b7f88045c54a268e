/**
 * The offboarding screens: case list, case detail with timeline, interview form, HR analytics,
 * the admin screens for reason categories and checklist templates, and the public exit survey.
 * Each view bean only translates between the page and the offboarding services.
 */
package jp.kizuna.alumni.web.offboarding;
