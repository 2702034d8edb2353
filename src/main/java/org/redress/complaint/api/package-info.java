/** Complaints over HTTP: filing, reading, CSV import, search, merging, merchants. */
package org.redress.complaint.api;
