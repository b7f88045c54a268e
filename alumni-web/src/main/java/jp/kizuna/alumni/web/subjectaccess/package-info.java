/** A person's own copy of their data, downloaded from the portal or from My page. */
package jp.kizuna.alumni.web.subjectaccess;
