-- Database-per-service: one login for the services, one database each. Mirrors what bin/suite prepares natively.
CREATE ROLE boussole LOGIN CREATEDB PASSWORD 'boussole';
CREATE DATABASE catalogue OWNER boussole;
CREATE DATABASE assessment OWNER boussole;
CREATE DATABASE directory OWNER boussole;
