-- Test only: stands for the next production migration after V3 (FlywayMigratiesTest); the removed V2 stays missing.
SELECT 1;
