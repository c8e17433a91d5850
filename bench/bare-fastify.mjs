// The floor for the manifest-304 bench: Fastify answering 304 from a route that does nothing
// else, in a process of its own as the real server is. Prints its address, then serves until killed.
import Fastify from 'fastify';

const bare = Fastify({ logger: false });
bare.get('/', (_request, reply) => reply.code(304).header('etag', '"x"').send());
await bare.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening at http://127.0.0.1:${bare.server.address().port}/`);
