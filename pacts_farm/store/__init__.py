"""The system of record: the only importer of sqlalchemy."""
