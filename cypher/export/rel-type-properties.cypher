// Every relationship property's stored types, per type (db.schema), for properties the domain's type table does not know.
CALL db.schema.relTypeProperties() YIELD propertyName, propertyTypes
WHERE propertyName IS NOT NULL
RETURN propertyName AS name, collect(propertyTypes) AS types
