/**
 * Mediation agreements (调解协议书): drafts kept version by version, signatures, the frozen binding text with its
 * SHA-256, amendments, and the obligations that are tracked until honoured.
 */
package org.redress.agreement;
