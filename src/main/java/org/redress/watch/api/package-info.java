/** Merchant search, profiles and the early-warning list over HTTP. */
package org.redress.watch.api;
