/** Event screens beyond the outreach list: moving or calling off an event, its calendar file. */
package jp.kizuna.alumni.web.event;
