package org.redress.complaint;

/** Published when one complaint was filed (intake form or API; bulk imports are covered by the duplicate pass). */
public record ComplaintFiled(long id, String caseNumber) {
}
