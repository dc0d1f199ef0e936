/**
 * Het samenwerkingstraject volgens het BINNO-processchema (5 fasen, 16 stappen, terugkoppeling tussen de fasen)
 * als zuivere toestandsmachine. Ingang: {@link nl.participatiesuite.assessment.traject.domain.Samenwerkingstraject}.
 */
package nl.participatiesuite.assessment.traject.domain;
