"""What runs beside or around the product but is not it: the local service stack, the
supervisor of `messenger run`, the mail sink, seed, dump, profile, the benchmark with
its floors, and the load tests. Their extra packages come with `pip install '.[dev]'`;
the server (`pip install .`) never imports this package."""
