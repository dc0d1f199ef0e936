package nl.participatiesuite.assessment.regelset;

/** A CDI event: the gemeente published a new version of its rule set (observed once the transaction commits). */
record RegelsetGepubliceerd(String gemeente) {
}
