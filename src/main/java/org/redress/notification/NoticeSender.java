package org.redress.notification;

/** One way of delivering notices. */
interface NoticeSender {

    NoticeChannel channel();

    void send(Notice notice) throws DeliveryFailure;
}
