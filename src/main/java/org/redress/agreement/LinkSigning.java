package org.redress.agreement;

/** A signing link opened by a party: the draft they are asked to sign, and as which party. */
public record LinkSigning(AgreementDetails agreement, String party) {
}
