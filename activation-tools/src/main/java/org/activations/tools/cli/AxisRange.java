package org.activations.tools.cli;

import picocli.CommandLine.ITypeConverter;

/** An axis range written {@code MIN:MAX}, for example {@code -3:3}. */
record AxisRange(double min, double max) {

  /** Parses {@code MIN:MAX} for picocli. */
  static final class Converter implements ITypeConverter<AxisRange> {
    @Override
    public AxisRange convert(String value) {
      String[] parts = value.split(":", -1);
      if (parts.length != 2) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a range; write MIN:MAX, for example -3:3");
      }
      double min;
      double max;
      try {
        min = NumberText.parseDouble(parts[0]);
        max = NumberText.parseDouble(parts[1]);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a range: " + e.getMessage());
      }
      if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
        throw new picocli.CommandLine.TypeConversionException("'" + value
            + "' is not a range; MIN and MAX must be finite with MIN < MAX, for example -3:3");
      }
      return new AxisRange(min, max);
    }
  }
}
