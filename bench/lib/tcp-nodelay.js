// A what-if, preloaded into the built worker by bench/notifications (node --require): TCP_NODELAY on
// every socket the process opens. pg and ioredis set it already, so only the SMTP sockets change.
const net = require('node:net');

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectWithoutDelay(...args) {
  this.setNoDelay(true);
  return connect.apply(this, args);
};
