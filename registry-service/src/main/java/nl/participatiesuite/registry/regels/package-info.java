/**
 * The rules of domain.md §1 and §5 as plain Java, each under the name the specification gives it:
 * {@link nl.participatiesuite.registry.regels.InitiatiefLevenscyclus} (the initiatief lifecycle),
 * {@link nl.participatiesuite.registry.regels.Onkostenvergoeding} (€ 375 in 2020, corrected for inflation),
 * {@link nl.participatiesuite.registry.regels.BudgetRuimte} (the leefbaarheidsbudget and the jaarplafond of
 * incidentele ondersteuning), {@link nl.participatiesuite.registry.regels.KerndekkingDoel} (every kern a
 * kernambtenaar, at least the rule set's minimum in all), {@link nl.participatiesuite.registry.regels.Vrijwilligersvergoeding}
 * (the whatsapp-coördinator is paid as a signaleringsgroep) and
 * {@link nl.participatiesuite.registry.regels.ConvenantStatus} (a convenant past its evaluation date).
 *
 * <p>Uitdaagrecht (§5): {@link nl.participatiesuite.registry.regels.UitdaagrechtLevenscyclus} (the lifecycle),
 * {@link nl.participatiesuite.registry.regels.Ontvankelijkheid} (taak, motivering, draagvlak and plan),
 * {@link nl.participatiesuite.registry.regels.Beslistermijn} (Awb 4:13 with the suspension of Awb 4:15) and
 * {@link nl.participatiesuite.registry.regels.Overdrachtsbudget} (no more than the task costs now, unless motivated).
 * The values a gemeente sets itself are {@link nl.participatiesuite.registry.regels.Verordeningsregels}.
 *
 * <p>They depend on the JDK and on each other only (ArchitectureTest), so each is unit-tested in a
 * table named after it, without Quarkus or a database. The features around them load the data,
 * apply the rule and turn its refusals into problems.
 */
package nl.participatiesuite.registry.regels;
