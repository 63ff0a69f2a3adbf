import '../../src/pdf/promise-with-resolvers';
