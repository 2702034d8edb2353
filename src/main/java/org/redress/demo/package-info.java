/**
 * Demo profile: demo accounts and a realistic set of complaints, seeded on first start.
 */
package org.redress.demo;
