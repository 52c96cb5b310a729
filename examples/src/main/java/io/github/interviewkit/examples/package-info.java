/**
 * Runnable programs that show each use of interviewkit, each with a test. This package is not API:
 * copy from it freely, depend on it never.
 */
package io.github.interviewkit.examples;
