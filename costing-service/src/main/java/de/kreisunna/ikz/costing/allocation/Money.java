package de.kreisunna.ikz.costing.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros with cents (scale 2). It never rounds silently: a value with more than two decimals is
 * refused, and the only rounding is the explicit {@link #roundHalfUp(Fraction)} that a rule must ask for.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount of money has at most two decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money ofCents(BigInteger cents) {
        return new Money(new BigDecimal(cents, 2));
    }

    /** The exact amount (in cents) rounded half up to a whole cent; only for figures a rule says to round so. */
    public static Money roundHalfUp(Fraction cents) {
        return ofCents(cents.roundHalfUp());
    }

    /** A decimal product (e.g. 0.25 × 78,000.00) rounded half up to the cent; only where a rule says so. */
    public static Money roundHalfUp(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public BigInteger cents() {
        return amount.movePointRight(2).toBigIntegerExact();
    }

    /** The amount in cents as an exact fraction, for computations that round only at the end. */
    public Fraction exactCents() {
        return Fraction.of(cents());
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Plain decimal with two places, e.g. {@code 2585.48}; also the JSON form (a string, so no reader turns it into a double). */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
