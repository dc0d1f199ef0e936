package nl.participatiesuite.registry.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Of the evaluation-service's page of evaluaties only the count matters here: is there one for this initiatief? */
@JsonIgnoreProperties(ignoreUnknown = true)
record EvaluatiePagina(Long totalItems) {
}
