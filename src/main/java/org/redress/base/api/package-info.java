/** What every API answer has in common: JSON errors with the right status. */
package org.redress.base.api;
