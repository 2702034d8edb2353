/** Class disputes over HTTP: suggestions, creation, members and consent. */
package org.redress.dispute.api;
