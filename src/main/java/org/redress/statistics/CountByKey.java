package org.redress.statistics;

import java.math.BigDecimal;

/** One aggregated row: a group key, how many complaints, and the amount claimed in them. */
public record CountByKey(String key, long complaints, BigDecimal amountClaimed) {
}
