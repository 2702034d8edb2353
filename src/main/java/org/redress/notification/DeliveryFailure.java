package org.redress.notification;

/** A channel could not deliver a notice; the reason is for the log, not for the user. */
class DeliveryFailure extends Exception {

    DeliveryFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
