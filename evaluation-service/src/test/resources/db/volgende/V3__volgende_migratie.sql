-- Test only: stands for the next production migration after the removed V2 (FlywayMigratiesTest).
SELECT 1;
