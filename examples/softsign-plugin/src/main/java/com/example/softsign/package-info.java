/**
 * An example third-party plugin: softsign and isrlu, each function nesting its provider, registered
 * in {@code module-info} and {@code META-INF/services}.
 */
package com.example.softsign;
