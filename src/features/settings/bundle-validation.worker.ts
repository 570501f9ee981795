/// <reference lib="webworker" />
import {
  validateBundleFile,
  type WorkerMessage,
  type WorkerRequest,
} from './bundle-file-validation';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const post = (message: WorkerMessage) => self.postMessage(message);
  const result = await validateBundleFile(event.data.file, event.data.known, (stage) =>
    post({ type: 'stage', stage }),
  );
  post({ type: 'result', result });
};
