package org.redress.statistics;

import java.util.Map;

/**
 * How one merchant, platform or payment provider answers the complaints referred to it. Field names are part of the
 * API.
 *
 * @param timelyRate         answers given by the due date, of the referrals answered or overdue; null when none
 * @param answeredShare      referrals answered, of all referred
 * @param reliefShare        answers closing with monetary or non-monetary relief (or, for providers, instalments
 *                           paused, cancelled or refunded), of all answers; null when none
 * @param medianDaysToAnswer calendar days from referral to answer; null when none answered
 * @param codes              answers per closing code
 */
public record ResponseFigures(String key, String label, long referrals, long consumers, long answered, long timely,
                              long overdue, Double timelyRate, Double answeredShare, Double reliefShare,
                              Double medianDaysToAnswer, Map<String, Long> codes) {
}
