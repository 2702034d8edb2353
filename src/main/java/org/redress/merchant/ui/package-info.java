/**
 * Views of the merchant feature that need nothing but merchant services: the platform list.
 */
package org.redress.merchant.ui;
