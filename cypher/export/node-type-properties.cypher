// Every node property's stored types, per label set (db.schema), for properties the domain's type table does not know.
CALL db.schema.nodeTypeProperties() YIELD propertyName, propertyTypes
WHERE propertyName IS NOT NULL
RETURN propertyName AS name, collect(propertyTypes) AS types
