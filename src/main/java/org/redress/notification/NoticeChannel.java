package org.redress.notification;

/** How a notice travels. Names are part of the API. */
public enum NoticeChannel {
    EMAIL, SMS
}
