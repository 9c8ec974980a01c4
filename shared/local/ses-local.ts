import type { Server } from 'node:http';
import sesServerModule from 'aws-ses-v2-local';

// The package is CommonJS; from ESM its default export sits under `.default`.
const loaded: unknown = sesServerModule;
const sesServer = (
  typeof loaded === 'function' ? loaded : (loaded as { default: unknown }).default
) as (config?: { host?: string; port?: number }) => Promise<Server>;

/** Starts the SES emulator in this process; its `GET /store` lists every mail sent. */
export async function startSesLocal(port: number): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const server = await sesServer({ host: '127.0.0.1', port });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
