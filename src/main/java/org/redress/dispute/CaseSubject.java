package org.redress.dispute;

import org.redress.complaint.ComplaintDetails;

/** A complaint or a class dispute, as sessions and agreements see what they are about. */
public sealed interface CaseSubject {

    CaseRef ref();

    /** The status's name, and whether the case or dispute is still open for new work (sessions, agreements). */
    Enum<?> status();

    boolean open();

    long merchantId();

    String merchantName();

    String platform();

    record OfComplaint(ComplaintDetails complaint) implements CaseSubject {

        @Override
        public CaseRef ref() {
            return CaseRef.ofCase(complaint.caseNumber());
        }

        @Override
        public Enum<?> status() {
            return complaint.status();
        }

        @Override
        public boolean open() {
            return complaint.status().isOpen();
        }

        @Override
        public long merchantId() {
            return complaint.merchantId();
        }

        @Override
        public String merchantName() {
            return complaint.merchantName();
        }

        @Override
        public String platform() {
            return complaint.platform();
        }
    }

    record OfDispute(DisputeDetails dispute) implements CaseSubject {

        @Override
        public CaseRef ref() {
            return CaseRef.ofDispute(dispute.id());
        }

        @Override
        public Enum<?> status() {
            return dispute.status();
        }

        @Override
        public boolean open() {
            return dispute.status().isOpen();
        }

        @Override
        public long merchantId() {
            return dispute.merchantId();
        }

        @Override
        public String merchantName() {
            return dispute.merchantName();
        }

        @Override
        public String platform() {
            return dispute.platform();
        }
    }
}
