package org.redress.notification;

/** Where a notice went, masked for the staff who asked for it ("138****8000"). */
public record Delivery(NoticeChannel channel, String sentTo) {
}
