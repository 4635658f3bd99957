package org.lexkit.benchmarks;

/**
 * The cold-start baseline: a program that does nothing but start the JVM from the same jar and print one line, so
 * that {@code ColdConvert}'s wall time can be read against what any Java program on this machine pays.
 */
public final class Hello {
  private Hello() {}

  /**
   * Prints a line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
