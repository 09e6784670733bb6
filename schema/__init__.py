"""JSON Schemas of provaudit, shipped inside the wheel as the package `audit.schemas`."""
