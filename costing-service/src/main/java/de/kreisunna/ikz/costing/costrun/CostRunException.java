package de.kreisunna.ikz.costing.costrun;

/** The inputs of a cost run do not allow a result (e.g. the edition lacks the pay grade the clause needs). */
public class CostRunException extends RuntimeException {

    public CostRunException(String message) {
        super(message);
    }
}
