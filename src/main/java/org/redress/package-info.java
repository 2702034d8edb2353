/** Redress: the application, its start-up and the shell every page is served in. */
package org.redress;
