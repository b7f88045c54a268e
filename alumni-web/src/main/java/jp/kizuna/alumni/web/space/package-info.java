/**
 * The screens of spaces: members read and write on the portal (/portal/spaces), HR and the
 * networks' administrators read, write and moderate from their side (/inbox/spaces).
 */
package jp.kizuna.alumni.web.space;
