/** Mediation agreements over HTTP: drafts, signatures, fulfilment, PDF and the judicial packet. */
package org.redress.agreement.api;
