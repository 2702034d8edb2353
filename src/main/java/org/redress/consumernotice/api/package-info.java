/** The consumer notices API: a case's notices, the failed ones, sending again. */
@NamedInterface("api")
package org.redress.consumernotice.api;

import org.springframework.modulith.NamedInterface;
