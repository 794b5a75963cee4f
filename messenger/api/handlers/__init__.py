"""One module of REST handlers per resource."""
